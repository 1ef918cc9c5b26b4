/**
 * What differs between the desktop (Node) and web (web worker) extension hosts.
 * extension.node.ts and extension.web.ts each build one of these and hand it to activateShared;
 * everything else is written once against this interface.
 */
export interface ExtensionPlatform {
  readonly kind: 'node' | 'web';
}
