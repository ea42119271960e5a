// Stops early, in one line, when Node is older than the project needs (Astro 7: >= 22.12).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`This project needs Node.js >= 22.12 (see .nvmrc); you are running ${process.versions.node}. Try: nvm use`);
  process.exit(1);
}
