import { useMemo } from 'react';
import { builtinResources } from '../../builtin/resources';
import { Workspace } from './Workspace';

/** Loads the built-in catalogs and layouts, then shows the workspace. */
export function App() {
  const resources = useMemo(() => builtinResources(), []);
  if (!resources.ok) {
    return (
      <div className="fatal" role="alert">
        <h1>内置资源有误，无法启动</h1>
        <p>请重新安装本软件；如仍有问题，请将以下内容发给技术支持：</p>
        <pre>{resources.error}</pre>
      </div>
    );
  }
  return <Workspace resources={resources.value} />;
}
