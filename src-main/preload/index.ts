import { contextBridge } from 'electron';
import { BRIDGE_KEY, type BudgetAppBridge } from '../ipc/contract';

/** Injected at build time from package.json (electron.vite.config.ts). */
declare const __APP_VERSION__: string;

const bridge: BudgetAppBridge = { platform: 'electron', version: __APP_VERSION__ };

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
