#!/usr/bin/env node
// The generated validators (`validation: true`, docs/guides/validation.md), measured: `node bench/validation.mjs`.
// 1. Agreement with Ajv 2020 on every spec of the public corpus (../shared/corpus: public/ and edge-cases/), the
//    flagship and test/validation/edges.yaml: valid instances and mutants, per spec and in total
//    (test/helpers/validator-agreement.ts; npm test runs a sample in test/validation.test.ts).
// 2. Throughput on the GitHub spec's JSON responses, next to Zod v4 schemas of the same models in the same run
//    (test/helpers/validator-throughput.ts). Goal: ours at least 2× Zod's.
// Options: --no-agreement, --no-throughput, --filter <regex> (corpus specs by file name), --rounds <n>.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createJiti } from 'jiti';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opts } = parseArgs({
  options: {
    'no-agreement': { type: 'boolean', default: false },
    'no-throughput': { type: 'boolean', default: false },
    filter: { type: 'string' },
    rounds: { type: 'string', default: '200' },
  },
});
const jiti = createJiti(import.meta.url);
const work = mkdtempSync(path.join(os.tmpdir(), 'sdkgen-validation-'));

if (!opts['no-agreement']) {
  const { agreement, disagreements } = await jiti.import(path.join(ROOT, 'test/helpers/validator-agreement.ts'));
  const corpus = path.resolve(ROOT, '../shared/corpus');
  // The flagship, and the shapes the validators once got wrong (test/validation-edges.test.ts).
  const specs = [path.join(ROOT, 'specs/smithery.openapi.yml'), path.join(ROOT, 'test/validation/edges.yaml')];
  for (const folder of ['public', 'edge-cases'])
    for (const name of readdirSync(path.join(corpus, folder)).sort())
      if (
        /\.(json|ya?ml)$/.test(name) &&
        name !== 'manifest.json' &&
        (!opts.filter || new RegExp(opts.filter).test(name))
      )
        specs.push(path.join(corpus, folder, name));
  const byKind = new Map();
  const total = { specs: 0, failed: 0, schemas: 0, verdicts: 0, disagree: 0, refused: 0, forgiven: 0 };
  console.log('spec\tschemas\tverdicts\tdisagreements\tforgiven (Ajv refuses, validate passes)');
  for (const [i, spec] of specs.entries()) {
    try {
      const result = await agreement(spec, path.join(work, `agree-${i}`));
      const wrong = disagreements(result);
      const forgiven = result.verdicts.filter((v) => !v.ajv && v.forgiving).length;
      total.specs++;
      total.schemas += result.schemas;
      total.verdicts += result.verdicts.length;
      total.disagree += wrong.length;
      total.refused += result.verdicts.filter((v) => !v.ajv).length;
      total.forgiven += forgiven;
      for (const v of result.verdicts) {
        const key = `${v.kind}: Ajv ${v.ajv ? 'takes' : 'refuses'}, validate ${v.forgiving ? 'takes' : 'refuses'}`;
        byKind.set(key, (byKind.get(key) ?? 0) + 1);
      }
      console.log(`${result.spec}\t${result.schemas}\t${result.verdicts.length}\t${wrong.length}\t${forgiven}`);
      for (const v of wrong.slice(0, 3))
        console.log(`  ${v.schema} ${v.kind} ${v.at}: Ajv ${v.ajv}, ours ${v.strict} ${v.detail ?? ''}`);
    } catch (error) {
      total.failed++;
      console.log(`${path.basename(spec)}\tnot generated: ${String(error).split('\n')[0]}`);
    }
  }
  console.log(
    `\nagreement: ${total.specs} specs (${total.failed} not generated), ${total.schemas} models, ${total.verdicts} verdicts ` +
      `(${total.refused} refused by Ajv), ${total.disagree} disagreements; ${total.forgiven} refusals forgiven by validate`,
  );
  for (const [key, n] of [...byKind].sort()) console.log(`  ${key}: ${n}`);
}

if (!opts['no-throughput']) {
  const { throughput } = await jiti.import(path.join(ROOT, 'test/helpers/validator-throughput.ts'));
  const github = path.join(ROOT, 'node_modules/@octokit/openapi/generated/api.github.com.json');
  if (!existsSync(github)) console.log('throughput: @octokit/openapi is not installed');
  else {
    const result = await throughput(github, path.join(work, 'throughput'), { rounds: Number(opts.rounds) });
    const fmt = (n) => Math.round(n).toLocaleString('en-US');
    console.log(
      `\nthroughput (GitHub, ${result.models} JSON responses, ${result.leftOut} left out): ours ${fmt(result.ours)}/s, ` +
        `Zod ${fmt(result.zod)}/s: ${(result.ours / result.zod).toFixed(2)}× (goal ≥ 2×)`,
    );
  }
}
rmSync(work, { recursive: true, force: true });
