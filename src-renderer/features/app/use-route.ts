import { useCallback, useEffect, useState } from 'react';

/** Which screen is shown; kept in the address (#/draft/<id>) so that a reload stays in the draft. */
export type Route = { screen: 'home' } | { screen: 'draft'; draftId: string } | { screen: 'backups' };

function parse(hash: string): Route {
  if (hash === '#/backups') return { screen: 'backups' };
  const m = /^#\/draft\/([0-9A-Za-z]{1,64})$/.exec(hash);
  return m ? { screen: 'draft', draftId: m[1] } : { screen: 'home' };
}

export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parse(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const go = useCallback((next: Route) => {
    window.location.hash =
      next.screen === 'draft' ? `#/draft/${next.draftId}` : next.screen === 'backups' ? '#/backups' : '#/';
    setRoute(next);
  }, []);
  return [route, go];
}
