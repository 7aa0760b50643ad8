import { runFrameworkCli } from "./framework-cli";

/** `npm run framework -- check FILE` and `npm run framework -- convert FILE... --mapping M --out O`, for local authority data teams. */
process.exitCode = await runFrameworkCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
