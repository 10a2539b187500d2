import type { Api } from 'grammy';
import { escapeHtml } from './html.js';
import type { Logger } from '../app/logger.js';
import type { AdminNotice } from '../app/jobs/sweepWatch.js';

/** Sends a notice to each admin's private chat; a failed send is logged, never thrown. */
export function adminNotice(api: Api, adminUserIds: readonly number[], log: Logger): AdminNotice {
  return async (text) => {
    const html = escapeHtml(text);
    await Promise.all(
      adminUserIds.map((id) =>
        api.sendMessage(id, html, { parse_mode: 'HTML' }).catch((error: unknown) => {
          log.error({ err: error, adminUserId: id }, 'admin notice not sent');
        }),
      ),
    );
  };
}
