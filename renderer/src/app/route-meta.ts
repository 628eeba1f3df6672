// What a route may say about its screen: the window title, and how wide it may be (the editor, the lists).
export {};

declare module 'vue-router' {
  interface RouteMeta {
    /** The screen's name in the window title. */
    title?: string;
    /** Two columns: the content is allowed past the reading width. */
    wide?: boolean;
    /** A list or overview: rows and cards use the window's width (up to --list-width), not the reading width. */
    list?: boolean;
  }
}
