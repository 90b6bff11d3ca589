package com.sitewright.chat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChatMessageRepository extends JpaRepository<ChatMessage, UUID> {

    /** The newest messages first; callers reverse them. */
    List<ChatMessage> findByProjectIdOrderBySeqDesc(UUID projectId, Pageable page);

    Optional<ChatMessage> findByIdAndProjectId(UUID id, UUID projectId);
}
