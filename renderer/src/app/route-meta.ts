// What a route may say about its screen: the window title, and whether it needs the wide layout (the editor).
export {};

declare module 'vue-router' {
  interface RouteMeta {
    /** The screen's name in the window title. */
    title?: string;
    /** Two columns: the content is allowed past the reading width. */
    wide?: boolean;
  }
}
