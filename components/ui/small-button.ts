/** A small button's look: `.btn` in components/ui/ui.css. Its own module, so that a button's look brings no component with it. */
export const SMALL_BUTTON = "btn";
