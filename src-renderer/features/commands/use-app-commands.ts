import { useEffect, useState } from 'react';
import { commands, connectApplicationMenu, unavailableMessage } from '../../platform/menu-commands';

export type AppDialog = 'about' | 'manual' | null;

/**
 * The application menu for the whole app: connects it (desktop), takes 关于 / 使用说明 on every
 * screen, and turns a command no screen takes into a message.
 */
export function useAppCommands(): { dialog: AppDialog; message: string | null; close(): void } {
  const [dialog, setDialog] = useState<AppDialog>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    const stopMenu = connectApplicationMenu(commands);
    const off = commands.register({ 'help:about': () => setDialog('about'), 'help:manual': () => setDialog('manual') });
    const offUnhandled = commands.onUnhandled((c) => setMessage(unavailableMessage(c)));
    return () => {
      stopMenu();
      off();
      offUnhandled();
    };
  }, []);
  return {
    dialog,
    message,
    close: () => {
      setDialog(null);
      setMessage(null);
    },
  };
}
