import { useMemo } from 'react';
import { builtinResources } from '../../builtin/resources';
import { DraftRepository } from '../../data/draft-repository';
import { BackupPage } from '../backup/BackupPage';
import { AppDialogs } from '../commands/AppDialogs';
import { useAppCommands } from '../commands/use-app-commands';
import { HomePage } from '../home/HomePage';
import { DraftWorkspace } from '../workspace/DraftWorkspace';
import { useRoute } from './use-route';

/** Loads the built-in catalogs and layouts and the local draft storage, then shows 首页 or a draft. */
export function App() {
  const resources = useMemo(() => builtinResources(), []);
  const repo = useMemo(() => DraftRepository.open(), []);
  const [route, go] = useRoute();
  const menu = useAppCommands();
  if (!resources.ok) {
    return (
      <div className="fatal" role="alert">
        <h1>内置资源有误，无法启动</h1>
        <p>请重新安装本软件；如仍有问题，请将以下内容发给技术支持：</p>
        <pre>{resources.error}</pre>
      </div>
    );
  }
  const open = (draftId: string) => go({ screen: 'draft', draftId });
  const screen =
    route.screen === 'draft' ? (
      <DraftWorkspace
        key={route.draftId}
        repo={repo}
        resources={resources.value}
        draftId={route.draftId}
        onHome={() => go({ screen: 'home' })}
      />
    ) : route.screen === 'backups' ? (
      <BackupPage repo={repo} onHome={() => go({ screen: 'home' })} onOpen={open} />
    ) : (
      <HomePage repo={repo} resources={resources.value} onOpen={open} onBackups={() => go({ screen: 'backups' })} />
    );
  return (
    <>
      {screen}
      <AppDialogs dialog={menu.dialog} message={menu.message} onClose={menu.close} />
    </>
  );
}
