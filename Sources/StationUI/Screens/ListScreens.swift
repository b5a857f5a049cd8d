// The lists the command line reaches (`:123` selects row 123 of the list shown) besides those
// that also export (Screens/Exchange/ListScreens+Exchange.swift).
extension ApplicationsScreen: ListScreen {}
extension SubsidiesScreen: ListScreen {}
extension AssignReviewersScreen: ListScreen {}
extension ChoiceScreen: ListScreen {}
extension TiePickerScreen: ListScreen {}
extension UsersScreen: ListScreen {}
extension AllTiesScreen: ListScreen {}
extension ReviewSubjectsScreen: ListScreen {}
extension MyScoresScreen: ListScreen {}
// A station record's list tabs (staff filings, partners, activities, demand, talents).
extension StationRecordScreen: ListScreen {}
extension PolicyScreen: ListScreen {}
