// The PDF viewer's webview script: wires the controller and the components over one event bus (as pdf.js's
// web/ app does), and connects the controller to the host through the typed protocol.
import {
  VIEWER_PROTOCOL_VERSION, parseHostMessage, viewerErrors, viewerRequestParams, type HostRequests, type ViewerRequests,
} from '../../protocol/viewerMessages';
import { Rpc } from '../../protocol/rpc';
import { resolveViewerStrings } from '../strings';
import { buildChrome } from './chrome';
import { ViewerController, type WebviewHost } from './controller';
import { EventBus } from './eventBus';
import { FindBar } from './findBar';
import { MessagePanel } from './messagePanel';
import { NotesPopup } from './notesPopup';
import { PasswordPrompt } from './passwordPrompt';
import { Sidebar } from './sidebar';
import { Toolbar } from './toolbar';

declare function acquireVsCodeApi(): WebviewHost & { postMessage(message: unknown): void };

const host = acquireVsCodeApi();
const config = JSON.parse(document.body.dataset.config ?? '{}') as { pdfjsBaseUri?: unknown; strings?: unknown };
const strings = resolveViewerStrings(config.strings);
const ui = buildChrome(strings);
const bus = new EventBus();
const messages = new MessagePanel(ui);
new Toolbar(ui, bus);
new FindBar(ui, strings, bus);
new Sidebar(ui, strings, bus);
new NotesPopup(strings, bus);
const controller = new ViewerController({
  host, ui, strings, bus, messages,
  password: new PasswordPrompt(ui, strings, messages),
  pdfjsBase: typeof config.pdfjsBaseUri === 'string' ? config.pdfjsBaseUri : './',
});

const rpc = new Rpc<HostRequests, ViewerRequests>({
  post: (message) => host.postMessage(message),
  results: {},
  params: viewerRequestParams,
  errors: viewerErrors,
  onDrop: (reason, message) => console.warn(`viewer: dropped a message from the host (${reason})`, message),
});
rpc.handle('state', () => controller.state());
rpc.handle('reveal', (params) => controller.reveal(params));
rpc.handle('revealText', (params) => controller.revealText(params));
rpc.handle('picture', (params) => controller.picture(params));
rpc.handle('press', ({ selector }) => {
  const target = document.querySelector(selector);
  if (!(target instanceof HTMLElement)) return false;
  target.click();
  return true;
});

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (rpc.receive(event.data)) return;
  const message = parseHostMessage(event.data);
  if (message) controller.onHostMessage(message);
  else console.warn('viewer: dropped an invalid message from the host', event.data);
});

host.postMessage({ type: 'ready', protocolVersion: VIEWER_PROTOCOL_VERSION });
