/**
 * Loaded only by the jest configuration Stryker uses (`stryker.jest.config.cjs`).
 * A mutant is killed by the first counterexample a law finds; shrinking it to the
 * smallest one only helps a person reading a failure, so under mutation testing
 * fast-check stops at the first failure instead of spending seconds shrinking.
 */
import fc from "fast-check";

fc.configureGlobal({ endOnFailure: true });
