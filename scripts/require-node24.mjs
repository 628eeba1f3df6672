// Every project script imports this first: better-sqlite3 13 and Electron 45 are built for Node 24, and on an older
// Node the database module crashes the process instead of failing with a message. So stop early, and say what to do.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `Debrief needs Node.js 24 or newer; this is Node ${process.version}.\n` +
      "Install Node 24 LTS (nodejs.org), or on Linux put the npm registry's Node 24 first on the PATH for this shell with\n" +
      '  . scripts/use-node24.sh\n' +
      'then run `npm install` again (node_modules built by another Node may not load).',
  );
  process.exit(1);
}
