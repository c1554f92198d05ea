// A page chooser that opens at its section (core/panels.py): while nothing is chosen yet,
// start at the overview page of that type in the edited page's language, not at the root
// of the tree where both languages meet. Once a page is chosen, Wagtail opens at its parent.
// Wagtail's PageChooser is looked up when a chooser is made, not when this file loads: the
// admin may load this file first.
window.SectionPageChooser = function SectionPageChooser(id, options) {
  const chooser = new window.PageChooser(id, options);
  const wagtailModalOptions = chooser.getModalOptions.bind(chooser);
  chooser.getModalOptions = () => {
    const modalOptions = wagtailModalOptions();
    if (!modalOptions.parentId && options.startAt) {
      modalOptions.parentId = options.startAt;
    }
    return modalOptions;
  };
  return chooser;
};
