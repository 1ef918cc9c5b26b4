// The PDF viewer's webview script. Filled by the viewer work.
export {};
