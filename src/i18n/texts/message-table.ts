// Each feature's texts in both languages: the English table must have exactly the Chinese table's keys.
export type MessageTable<T> = { [K in keyof T]: string };
