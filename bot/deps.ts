import type { AppServices } from '../app/services.js';
import type { Config } from '../app/config.js';
import type { AccessRules } from './access.js';

/** What the Telegram door needs: the app's services and who it serves. */
export interface BotDeps extends AppServices {
  /** Which chats the bot serves and who may run admin commands. */
  access: AccessRules;
}

export function botDeps(services: AppServices, config: Pick<Config, 'ALLOWED_CHAT_IDS' | 'ADMIN_USER_IDS'>): BotDeps {
  return {
    ...services,
    access: { allowedChatIds: new Set(config.ALLOWED_CHAT_IDS), adminUserIds: new Set(config.ADMIN_USER_IDS) },
  };
}
