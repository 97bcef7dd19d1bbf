export { startTestEngine, zip, TEST_ROLE, type TestEngine, type ZipFiles } from "./test-engine.js";
export { createReadyFunction, rejectionOf, TRIVIAL_PACKAGE } from "./fixtures.js";
