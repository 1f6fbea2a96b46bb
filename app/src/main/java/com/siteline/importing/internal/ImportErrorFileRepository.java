package com.siteline.importing.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportErrorFileRepository extends JpaRepository<ImportErrorFile, Long> {}
