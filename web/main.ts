import './styles.css';
import { showBoard } from './board.js';
import { showPair } from './pair.js';
import { showPerformance } from './performance.js';

/** One bundle for the three pages; the server sends the same shell at each path. */
const path = location.pathname;
const pair = /^\/pair\/([^/]+)$/.exec(path);
void (pair ? showPair(pair[1]!) : path === '/performance' ? showPerformance() : showBoard());
