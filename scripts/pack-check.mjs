// `npm run pack:check [-- --no-build]`: lays out the Linux package around a stand-in Electron distribution (the real
// binary cannot be downloaded everywhere) and checks what is in it: the bundles, unpacked native modules, the speech
// resources, no build-only packages or sources, and a size budget. It checks the LAYOUT, not a running app.
import './require-node24.mjs';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPackage, statFile } from '@electron/asar';
import { Arch, build, Platform } from 'electron-builder';
import { findProblems, mb } from './pack-check-rules.mjs';

const root = path.resolve(import.meta.dirname, '..');
if (!process.argv.includes('--no-build')) {
  const built = spawnSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(1);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'debrief-pack-check-'));
try {
  // A stand-in for Electron's unpacked distribution: electron-builder copies it and renames the executable.
  const standIn = path.join(work, 'electron-dist');
  fs.mkdirSync(path.join(standIn, 'resources'), { recursive: true });
  fs.writeFileSync(path.join(standIn, 'electron'), '#!/bin/sh\necho "a stand-in, not Electron"\n', { mode: 0o755 });
  fs.writeFileSync(path.join(standIn, 'LICENSE'), '');
  fs.writeFileSync(path.join(standIn, 'version'), '');
  const output = path.join(work, 'release');
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', process.arch === 'arm64' ? Arch.arm64 : Arch.x64),
    config: {
      extends: path.join(root, 'electron-builder.yml'),
      electronDist: standIn,
      directories: { output },
      // Fuses are flipped inside the real binary, which the stand-in is not; the installers' builds flip them.
      electronFuses: null,
    },
  });
  const resources = path.join(output, process.arch === 'arm64' ? 'linux-arm64-unpacked' : 'linux-unpacked', 'resources');
  const asar = path.join(resources, 'app.asar');
  const unpacked = path.join(resources, 'app.asar.unpacked');
  const walk = (dir, base = dir) =>
    fs.existsSync(dir)
      ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
          const full = path.join(dir, e.name);
          return e.isDirectory() ? walk(full, base) : [path.relative(base, full).split(path.sep).join('/')];
        })
      : [];
  const bytes = (dir) => walk(dir).reduce((n, f) => n + fs.statSync(path.join(dir, f)).size, 0);
  // The archive's header lists unpacked files and folders too; only files stored inside it count as "in app.asar".
  const packedFiles = (archive) =>
    fs.existsSync(archive)
      ? listPackage(archive, { isPack: false }).filter((f) => {
          const entry = statFile(archive, f.slice(1), false);
          return !('files' in entry) && !('link' in entry) && !entry.unpacked;
        })
      : [];
  const layout = {
    asarFiles: packedFiles(asar),
    unpackedFiles: walk(unpacked).map((f) => `/${f}`),
    resourceFiles: walk(resources).filter((f) => f.startsWith('resources/')),
    asarBytes: fs.existsSync(asar) ? fs.statSync(asar).size : 0,
    unpackedBytes: bytes(unpacked),
    platformBinary: `linux-${process.arch === 'arm64' ? 'arm64' : 'x64'}`,
  };
  console.log(
    `\napp.asar: ${mb(layout.asarBytes)}; app.asar.unpacked: ${mb(layout.unpackedBytes)}; together ${mb(layout.asarBytes + layout.unpackedBytes)}`,
  );
  const problems = findProblems(layout);
  for (const problem of problems) console.error(`pack:check: ${problem}`);
  console.log(
    problems.length === 0
      ? 'pack:check passed. It checked the installer LAYOUT around a stand-in Electron, not a running app.'
      : `pack:check failed: ${problems.length} problem(s). (It checks the installer layout, not a running app.)`,
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
