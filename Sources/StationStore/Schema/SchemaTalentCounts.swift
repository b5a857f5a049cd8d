/// Schema step (issue 15): the counts the home screen's 待办 line needs on every start, without a
/// scan of the talent table. `SELECT count(*) FROM talent WHERE employer_kind IS NULL` read every
/// talent row (116 M instructions, half of the first screen's, at 200,000 talents — callgrind);
/// with this partial index it reads only the unclassified talents' index entries (none, once
/// every employer is classified).
enum SchemaTalentCounts {
    static let sql = """
        CREATE INDEX talent_unclassified ON talent(id) WHERE employer_kind IS NULL;
        """
}
