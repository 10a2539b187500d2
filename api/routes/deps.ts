import type { App } from '../../app/createApp.js';

/** What the routes read: the app's services and its metrics registry. */
export type RouteDeps = Pick<App, 'services' | 'metrics'>;
