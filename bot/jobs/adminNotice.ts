import type { Api } from 'grammy';
import type { Logger } from '../logger.js';
import type { AdminNotice } from './sweepWatch.js';

/** Sends an HTML notice to each admin's private chat; a failed send is logged, never thrown. */
export function adminNotice(api: Api, adminUserIds: readonly number[], log: Logger): AdminNotice {
  return async (html) => {
    await Promise.all(
      adminUserIds.map((id) =>
        api.sendMessage(id, html, { parse_mode: 'HTML' }).catch((error: unknown) => {
          log.error({ err: error, adminUserId: id }, 'admin notice not sent');
        }),
      ),
    );
  };
}
