package it.orienta.questionnaire;

import it.orienta.questionnaire.ProfilingItem.ItemList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QuestionnaireRepository extends JpaRepository<QuestionnaireEntry, UUID> {

    @Query("select e from QuestionnaireEntry e where e.list = ?1 order by e.position, e.code")
    List<QuestionnaireEntry> inOrder(ItemList list);

    @Query("select coalesce(max(e.position), 0) from QuestionnaireEntry e where e.list = ?1")
    int lastPosition(ItemList list);

    @Query("select count(e) > 0 from QuestionnaireEntry e where e.list = ?1 and e.code = ?2 and e.id <> ?3")
    boolean codeTaken(ItemList list, String code, UUID except);

    /** Rewrites a position without changing the entry's version (a reorder is not an edit of the entry). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update QuestionnaireEntry e set e.position = ?2 where e.id = ?1 and e.position <> ?2")
    int placeAt(UUID id, int position);
}
