import type { App } from '../../app/createApp.js';

/** What the routes read: the app's services, its metrics registry and its live events. */
export type RouteDeps = Pick<App, 'services' | 'metrics' | 'events'>;
