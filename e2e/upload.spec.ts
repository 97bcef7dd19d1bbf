import { GetFunctionCommand } from "@aws-sdk/client-lambda";
import { strToU8, zipSync } from "fflate";
import { readPackage } from "../lib/zip/package";
import { CodePage } from "./pages/code-page";
import { CreateFunctionPage } from "./pages/create-function-page";
import { expect, invoke, settled, test, uniqueName } from "./fixtures";

const binary = Uint8Array.from({ length: 3000 }, (_, i) => (i * 31 + 7) % 256);

test("upload a .zip; binaries stay byte-for-byte through an edit and deploy", async ({
  page,
  lambda,
  track,
}) => {
  const zip = zipSync({
    "index.mjs": strToU8(
      `import { readFileSync } from "node:fs";\nexport const handler = async () => readFileSync(new URL("./blob.bin", import.meta.url)).length;\n`,
    ),
    "blob.bin": binary,
  });
  const create = new CreateFunctionPage(page);
  await create.goto();
  await create.uploadZip({ name: "package.zip", buffer: Buffer.from(zip) });
  await expect(create.form().getByText(/package\.zip · .* · 2 files/)).toBeVisible();
  await expect(create.form().getByLabel("Handler")).toHaveValue("index.handler");
  const name = track(uniqueName("upload"));
  await create.create(name);
  await settled(lambda, name);
  expect(await invoke(lambda, name)).toBe(3000);

  const code = new CodePage(page);
  await code.waitForEditor();
  await code.openFile("blob.bin");
  await expect(page.getByText("blob.bin is read-only here")).toBeVisible();
  await code.openFile("index.mjs");
  await code.replaceText(
    `import { readFileSync } from "node:fs";\nexport const handler = async () => [...readFileSync(new URL("./blob.bin", import.meta.url))].reduce((a, b) => a + b, 0);\n`,
  );
  await code.saveWithShortcut();
  await code.expectDeployed();
  await settled(lambda, name);
  expect(await invoke(lambda, name)).toBe(binary.reduce((a, b) => a + b, 0));

  const location = (await lambda.send(new GetFunctionCommand({ FunctionName: name }))).Code!
    .Location!;
  const files = readPackage(new Uint8Array(await (await fetch(location)).arrayBuffer()));
  expect(
    Buffer.from(files.find((f) => f.path === "blob.bin")!.bytes).equals(Buffer.from(binary)),
  ).toBe(true);
});
