import type { InlineKeyboard } from 'grammy';
import type { Prediction } from '../inference/prediction.js';
import type { BotDeps } from './deps.js';
import type { Lang } from './i18n/chatLocale.js';
import { formatExplanation } from './formatExplanation.js';
import { formatPrediction } from './formatPrediction.js';
import { formatSummary } from './formatSummary.js';
import { predictKeyboard } from './predictKeyboard.js';
import type { PredictView } from './predictView.js';

export interface RenderedView {
  html: string;
  keyboard: InlineKeyboard;
  /** The one prediction a detailed view shows (for its chart); none for the summary. */
  prediction?: Prediction;
}

/** Computes a /predict view through the service and formats it in the reader's language; a command and a button press show the same. */
export async function renderPredictView(deps: BotDeps, view: PredictView, lang: Lang): Promise<RenderedView> {
  switch (view.kind) {
    case 'summary': {
      const summary = await deps.predictAll(view.symbol);
      return { html: formatSummary(summary, lang), keyboard: predictKeyboard({ kind: 'summary', symbol: summary.symbol }, lang) };
    }
    case 'detail': {
      const prediction = await deps.predict(view.symbol, view.timeframe);
      const keyboard = predictKeyboard({ kind: 'detail', symbol: prediction.symbol, timeframe: prediction.timeframe }, lang);
      return { html: formatPrediction(prediction, lang), keyboard, prediction };
    }
    case 'why': {
      const explanation = await deps.explain(view.symbol, view.timeframe);
      const { prediction } = explanation;
      const keyboard = predictKeyboard({ kind: 'why', symbol: prediction.symbol, timeframe: prediction.timeframe }, lang);
      return { html: `${formatPrediction(prediction, lang)}\n\n${formatExplanation(explanation, lang)}`, keyboard, prediction };
    }
  }
}
