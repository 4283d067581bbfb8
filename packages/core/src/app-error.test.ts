import { describe, expect, it } from "vitest";
import { APP_ERROR_CODES, AppError, badInput, isAppError } from "./app-error.ts";
import { HTTP_STATUS } from "./http-status.ts";

describe("AppError", () => {
  it("carries a code, an i18n key, params and field errors", () => {
    const error = new AppError("RATE_LIMITED", "errors:tooManyAttempts", { params: { minutes: 5 } });
    expect(isAppError(error)).toBe(true);
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.messageKey).toBe("errors:tooManyAttempts");
    expect(error.params).toEqual({ minutes: 5 });
    expect(isAppError(new Error("plain"))).toBe(false);
  });

  it("badInput is a BAD_INPUT error with per-field keys", () => {
    const error = badInput({ email: { key: "errors:emailTaken" } });
    expect(error.code).toBe("BAD_INPUT");
    expect(error.fields).toEqual({ email: { key: "errors:emailTaken" } });
  });

  it("maps every code to a client-error HTTP status, never a 5xx", () => {
    for (const code of APP_ERROR_CODES) {
      expect(HTTP_STATUS[code]).toBeGreaterThanOrEqual(400);
      expect(HTTP_STATUS[code]).toBeLessThan(500);
    }
  });
});
