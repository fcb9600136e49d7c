import { CHANNELS, type AppInfo } from '../../../src-core/ipc/contract';
import { defineHandler, ok } from '../handler';
import { nothing } from '../validate';

/** 关于: names, versions and the data folders (to tell support where the backups are). */
export const appInfoHandler = (info: AppInfo) =>
  defineHandler({
    channel: CHANNELS.appInfo,
    validate: nothing,
    run: async () => ok({ ...info }),
  });
