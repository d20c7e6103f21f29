// Builds the web app before `npm start` when its build is missing or older than its sources,
// so a fresh clone needs only `npm install && npm start`.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const web = new URL("../packages/web/", import.meta.url).pathname;
const built = join(web, "dist", "index.html");

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const sources = ["src", "index.html", "vite.config.ts", "package.json"]
  .map((p) => join(web, p))
  .filter(existsSync);
if (!existsSync(built) || Math.max(...sources.map(newest)) > statSync(built).mtimeMs) {
  console.log("Building the web app (first start or changed sources)...");
  execSync("npm run build -w @ariadne/web", { stdio: "inherit" });
}
