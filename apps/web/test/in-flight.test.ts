import type { NextFunction, Request, Response } from "express";
import { describe, expect, it } from "vitest";
import { createInFlightWork } from "../server/in-flight.ts";

const call = [{} as Request, {} as Response, (() => undefined) as NextFunction] as const;

describe("in-flight request work", () => {
  it("drains only once every handler that was running has settled, failed ones included", async () => {
    const inFlight = createInFlightWork();
    const finished: string[] = [];
    let finishSlow: () => void = () => undefined;
    const slow = inFlight.track(() => new Promise<void>((resolve) => (finishSlow = () => (finished.push("slow"), resolve()))));
    const failing = inFlight.track(() => Promise.reject(new Error("loader failed")));
    const sync = inFlight.track(() => void finished.push("sync"));

    void slow(...call);
    await expect(failing(...call)).rejects.toThrow("loader failed");
    void sync(...call);

    let drained = false;
    const draining = inFlight.drain().then(() => (drained = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(drained).toBe(false);
    finishSlow();
    await draining;
    expect(finished).toEqual(["sync", "slow"]);
  });
});
