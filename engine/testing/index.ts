export { startTestEngine, zip, TEST_ROLE, type TestEngine, type ZipFiles } from "./test-engine.js";
