import { networkCause } from "./client";

describe("networkCause: why a Kolada request failed, in words a user can act on", () => {
  it("adds the reason Node's fetch keeps in cause to its bare 'fetch failed'", () => {
    const refused = Object.assign(new TypeError("fetch failed"), {
      cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }),
    });
    expect(networkCause(refused)).toBe("fetch failed: ECONNREFUSED");
    const certificate = Object.assign(new TypeError("fetch failed"), {
      cause: new Error("unable to verify the first certificate"),
    });
    expect(networkCause(certificate)).toBe("fetch failed: unable to verify the first certificate");
  });

  it("keeps a message that already says why, and a thrown non-error as text", () => {
    expect(networkCause(new Error("socket hang up"))).toBe("socket hang up");
    expect(
      networkCause(
        Object.assign(new Error("getaddrinfo ENOTFOUND x.invalid"), { cause: { code: "ENOTFOUND" } }),
      ),
    ).toBe("getaddrinfo ENOTFOUND x.invalid");
    expect(networkCause("offline")).toBe("offline");
  });
});
