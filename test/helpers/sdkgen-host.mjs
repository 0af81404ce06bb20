/**
 * A warm `sdkgen`, for test/helpers/sdkgen-cli.ts: a process that has loaded the built CLI (dist/main.js, what
 * bin/sdkgen.js runs when its code cache does not apply) and runs one command line at a time, sent over its IPC
 * channel as `{ args, cwd, env }`. Each command runs as a fresh process would see it: in `cwd`, with exactly `env` as
 * its environment, with stdout and stderr captured; the answer is `{ code, stdout, stderr }`, the exit code being
 * what bin/sdkgen.js would exit with. A small spec's generation then takes ~50 ms of CPU, where a new process took
 * ~330 ms (Node's start-up and loading the CLI, each time).
 */
import { main } from '../../dist/main.js';

/** Replaces `stream.write` with a collector until the returned function is called; returns what was written. */
function capture(stream) {
  const write = stream.write;
  let text = '';
  stream.write = (chunk, encoding, callback) => {
    text +=
      typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(typeof encoding === 'string' ? encoding : 'utf8');
    const done = typeof encoding === 'function' ? encoding : callback;
    if (done) process.nextTick(done);
    return true;
  };
  return () => {
    stream.write = write;
    return text;
  };
}

function setEnvironment(env) {
  for (const name of Object.keys(process.env)) if (!(name in env)) delete process.env[name];
  Object.assign(process.env, env);
}

async function run({ args, cwd, env }) {
  const home = process.cwd();
  const before = { ...process.env };
  process.chdir(cwd);
  setEnvironment(env);
  const stdout = capture(process.stdout);
  const stderr = capture(process.stderr);
  let code;
  try {
    code = await main(args);
  } catch (error) {
    // As bin/sdkgen.js reports a crash.
    process.stderr.write(`sdkgen: ${error instanceof Error ? error.stack : String(error)}\n`);
    code = 1;
  } finally {
    process.chdir(home);
    setEnvironment(before);
  }
  return { code, stdout: stdout(), stderr: stderr() };
}

process.on('message', (request) => {
  run(request).then(
    (answer) => process.send(answer),
    (error) => process.send({ crash: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
