// Unit tests run without the app's start-up: register the on-demand features' texts as the app does.
import { registerTexts } from "../../src/i18n/messages";
import { laterTexts } from "../../src/i18n/texts/later";

registerTexts(laterTexts);
