/** The slice of a pino-style logger the API needs; the server passes its request logger. */
export interface Logger {
  error(details: object, message?: string): void;
}

export const consoleLogger: Logger = {
  error(details, message) {
    console.error(message ?? "error", details);
  },
};
