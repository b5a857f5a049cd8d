/// A screen built on a `ListBrowser`: the app's command line reaches its list through this
/// (`:123` selects row 123, `:export PATH` writes the rows shown). A new list screen conforms
/// with `extension MyScreen: ListScreen {}` (its `list` settable inside the module) and, when
/// it can export, implements `exportEffects`.
protocol ListScreen: Screen {
    var list: ListBrowser { get set }
    /// What the list's `x` key does (usually `.push(ExportScreen)`); nil when it cannot export.
    func exportEffects(_ ctx: Context) -> [Effect]?
}

extension ListScreen {
    func exportEffects(_ ctx: Context) -> [Effect]? { nil }
}
