import { describe, expect, it } from "vitest";
import { createKeyedSlots, imageSlots, MAX_IMAGES_IN_PROCESSING } from "./image-slots.ts";

const full = () => new Error("full");

describe("createKeyedSlots", () => {
  it("runs up to the limit at once for one key, refuses the next without running it, and frees slots as tasks settle", async () => {
    const slots = createKeyedSlots(2);
    const gates: Array<() => void> = [];
    const hold = () => new Promise<string>((resolve) => gates.push(() => resolve("done")));
    const first = slots.run("ayesha", hold, full);
    const second = slots.run("ayesha", hold, full);
    expect(slots.inUse("ayesha")).toBe(2);

    let ran = false;
    await expect(
      slots.run(
        "ayesha",
        () => {
          ran = true;
          return Promise.resolve("third");
        },
        full,
      ),
    ).rejects.toThrow("full");
    expect(ran).toBe(false);
    // Another key is not affected.
    await expect(slots.run("bilal", () => Promise.resolve("his"), full)).resolves.toBe("his");

    gates[0]?.();
    await expect(first).resolves.toBe("done");
    expect(slots.inUse("ayesha")).toBe(1);
    await expect(slots.run("ayesha", () => Promise.resolve("now"), full)).resolves.toBe("now");
    gates[1]?.();
    await second;
    expect(slots.inUse("ayesha")).toBe(0);
  });

  it("frees the slot when the task fails", async () => {
    const slots = createKeyedSlots(1);
    await expect(slots.run("ayesha", () => Promise.reject(new Error("broken")), full)).rejects.toThrow("broken");
    expect(slots.inUse("ayesha")).toBe(0);
    await expect(slots.run("ayesha", () => Promise.resolve(1), full)).resolves.toBe(1);
  });
});

describe("imageSlots", () => {
  it("is one cap of two per person, whichever feature the images are for", async () => {
    expect(MAX_IMAGES_IN_PROCESSING).toBe(2);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const chat = imageSlots.run("ayesha", () => gate, full);
    const gig = imageSlots.run("ayesha", () => gate, full);
    await expect(
      imageSlots.run(
        "ayesha",
        () => Promise.resolve("delivery"),
        () => new Error("busy"),
      ),
    ).rejects.toThrow("busy");
    release();
    await Promise.all([chat, gig]);
    expect(imageSlots.inUse("ayesha")).toBe(0);
  });
});
