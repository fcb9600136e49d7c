// npm start: the desktop app (electron-vite dev). Checks first what electron-vite would otherwise
// report as a stack trace ("Error: Electron uninstall"): a Node too old for Electron's downloader,
// or an Electron binary that is missing and cannot be fetched. Says what happened and what to do.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ELECTRON = join(ROOT, 'node_modules', 'electron');
/** Electron 45's downloader needs this Node (its package.json `engines`). */
const MIN_NODE = [22, 12];

/** Whether `version` (process.versions.node) is at least MIN_NODE. */
export function nodeIsRecentEnough(version) {
  const [major, minor] = version.split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

/** The path of the Electron binary when it has been downloaded, else null. */
export function electronBinary(electronDir = ELECTRON) {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const WEB_HINT = '不联网也可以先用浏览器版：npm run web（同一界面，打开 http://localhost:5173）。';

function main() {
  if (!existsSync(ELECTRON)) {
    console.error('尚未安装依赖：请先运行 npm install。');
    return 1;
  }
  if (!electronBinary()) {
    if (!nodeIsRecentEnough(process.versions.node)) {
      console.error(
        `桌面版需要下载 Electron 程序，下载工具要求 Node ${MIN_NODE.join('.')} 或更新版本（当前 ${process.versions.node}）。\n` +
          `请升级 Node 后再运行 npm start。${WEB_HINT}`,
      );
      return 1;
    }
    console.log('首次启动：正在下载 Electron 程序（约 100 MB，需要联网）…');
    const got = spawnSync(process.execPath, [join(ELECTRON, 'install.js')], { stdio: 'inherit' });
    if (got.status !== 0 || !electronBinary()) {
      console.error(
        '未能下载 Electron 程序（网络不通或被代理拦截）。请联网后重新运行 npm start；' +
          `如需使用镜像，可设置环境变量 ELECTRON_MIRROR。${WEB_HINT}`,
      );
      return 1;
    }
  }
  const bin = join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'electron-vite.cmd' : 'electron-vite');
  const run = spawnSync(bin, ['dev', ...process.argv.slice(2)], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return run.status ?? 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(main());
