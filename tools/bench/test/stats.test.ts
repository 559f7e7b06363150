import { describe, expect, it } from "vitest";
import { pairedRatio } from "../src/client/interleaved.ts";
import { median, quantile } from "../src/stats.ts";

describe("order statistics", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("interpolates quantiles between neighbours", () => {
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20);
    expect(quantile([0, 10], 0.75)).toBe(7.5);
  });
});

describe("pairedRatio", () => {
  it("divides round by round, then takes the median: a slow round for both does not skew it", () => {
    const results = [
      { name: "a", note: "", medianUs: 0, samples: 1, roundsUs: [2, 20, 3] },
      { name: "b", note: "", medianUs: 0, samples: 1, roundsUs: [1, 10, 2] },
    ];
    const ratio = pairedRatio(results, "a", "b");
    expect(ratio.median).toBe(2);
    expect(ratio.p25).toBe(1.75);
    expect(ratio.p75).toBe(2);
    expect(() => pairedRatio(results, "a", "missing")).toThrow(/missing/);
  });
});
