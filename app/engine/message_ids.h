// Every message Roster can show a planner, by the layer that says it (message.h). One section
// per layer so that each layer's messages sit together; the catalogue of each language
// (present/catalogue_*.cpp) gives each id its text, and a test fails when one is missing.
// Ids are names, never shown: add new ones anywhere in a section (files never hold them).
#pragma once

// --- engine: a plan's problems (validation.cpp, overlap_validation.cpp, scenarios.cpp) ---------
#define ROSTER_ENGINE_MESSAGES(X)                                                                   \
    X(CreatorProblem)                /* {creator} {cause} */                                       \
    X(NumberedCreatorProblem)        /* {id} {cause} */                                            \
    X(InScenario)                    /* {scenario} {cause} */                                      \
    X(CreatorNeedsField)             /* {field} */                                                 \
    X(FieldTooLong)                  /* {field} {max} */                                           \
    X(FieldNotText)                  /* {field} */                                                 \
    X(PlatformUnknown)                                                                             \
    X(FollowersTooFew)                                                                             \
    X(FollowersTooMany)              /* {max} */                                                   \
    X(ShareOutOfRange)               /* {field} {value} */                                         \
    X(EngagementBasisMissing)                                                                      \
    X(ViewsNegative)                                                                               \
    X(ViewsTooMany)                  /* {max} */                                                   \
    X(ReachRateOutOfRange)           /* {max} */                                                   \
    X(ProfileTooLong)                /* {max} */                                                   \
    X(CountryCodeInvalid)            /* {code} */                                                  \
    X(CountryShareOutOfRange)        /* {code} {value} */                                          \
    X(CountryTwice)                  /* {code} */                                                  \
    X(CountriesOver100)                                                                            \
    X(AgeBandsOver100)                                                                             \
    X(GendersOver100)                                                                              \
    X(InterestNameInvalid)           /* {max} */                                                   \
    X(InterestTwice)                 /* {interest} */                                              \
    X(TooManyDeliverables)           /* {max} */                                                   \
    X(FormatUnknown)                                                                               \
    X(PlatformLacksFormat)           /* {platform} {format} */                                     \
    X(PostsNegative)                                                                               \
    X(TooManyPosts)                  /* {max} */                                                   \
    X(MoneyNegative)                 /* {field} */                                                 \
    X(MoneyTooLarge)                 /* {field} {max} */                                           \
    X(FrequencyCapOutOfRange)        /* {max} */                                                   \
    X(AmplificationNeedsPost)                                                                      \
    X(AmplificationNeedsUniverse)                                                                  \
    X(PlanNameInvalid)               /* {max} */                                                   \
    X(CurrencyInvalid)                                                                             \
    X(TiersUnordered)                                                                              \
    X(BudgetTooLarge)                /* {max} */                                                   \
    X(TargetUniverseOutOfRange)      /* {max} */                                                   \
    X(TargetCountryTwice)            /* {code} */                                                  \
    X(TargetTooManyCountries)        /* {max} */                                                   \
    X(TargetAgeBandUnknown)                                                                        \
    X(TargetGenderUnknown)                                                                         \
    X(BaselineUnknown)                                                                             \
    X(RecommendationScaleOutOfRange) /* {value} */                                                 \
    X(AssumptionTwice)               /* {key} */                                                   \
    X(AssumptionOutOfRange)          /* {assumption} {min} {max} */                                \
    X(AssumptionOutOfRangeShare)     /* {assumption} {min} {max} */                                \
    X(EngagementSharesOver100)                                                                     \
    X(TooManyScenarios)              /* {max} */                                                   \
    X(TooManyScenariosRemoveOne)     /* {max} */                                                   \
    X(OpenScenarioMissing)           /* {position} {count} */                                      \
    X(TooManyCreatorsInScenarios)    /* {max} */                                                   \
    X(TooManyCreators)               /* {max} */                                                   \
    X(ScenarioOtherCurrency)         /* {scenario} {currency} {plan_currency} */                   \
    X(CreatorWithoutId)                                                                            \
    X(CreatorIdTwice)                /* {id} */                                                    \
    X(ScenarioNeedsName)                                                                           \
    X(ScenarioNameTooLong)           /* {max} */                                                   \
    X(ScenarioNameTaken)             /* {name} */                                                  \
    X(OverlapUnknownCreator)         /* {id} */                                                    \
    X(OverlapWithSelf)               /* {creator} */                                               \
    X(OverlapTwice)                  /* {first} {second} */                                        \
    X(OverlapNegative)               /* {first} {second} */                                        \
    X(OverlapAboveSmaller)           /* {first} {second} {share} */                                \
    X(OverlapAboveFirst)             /* {first} {second} {share} */                                \
    X(OverlapAboveAudience)          /* {first} {second} {shared} {smaller} {has} */               \
    X(OverlapsCannotHold)            /* {a} {b} {c} {ab} {ac} {bc} {least} {has} */               \
    X(OverlapNotThisPair)

// --- storage: reading and writing plan files (json_gate, plan_schema, migrations, plan_file) ---
#define ROSTER_STORAGE_MESSAGES(X)                                                                  \
    X(FileTooLarge)                  /* {size} {max} */                                            \
    X(FileEmpty)                                                                                   \
    X(FileNotText)                                                                                 \
    X(FileEndsEarly)                 /* {line} {column} */                                         \
    X(FileNotUtf8)                   /* {line} {column} */                                         \
    X(FileNotJson)                   /* {line} {column} {problem} */                               \
    X(JsonMoreAfterPlan)                                                                           \
    X(JsonNumberTooLarge)                                                                          \
    X(JsonNotFiniteNumber)                                                                         \
    X(JsonInvalidValue)                                                                            \
    X(JsonMissingName)                                                                             \
    X(JsonMissingColon)                                                                            \
    X(JsonMissingCommaOrBrace)                                                                     \
    X(JsonMissingCommaOrBracket)                                                                   \
    X(JsonBadUnicodeEscape)                                                                        \
    X(JsonBadSurrogate)                                                                            \
    X(JsonBadEscape)                                                                               \
    X(JsonMissingQuote)                                                                            \
    X(JsonNumberMissingFraction)                                                                   \
    X(JsonNumberMissingExponent)                                                                   \
    X(JsonSyntaxError)                                                                             \
    X(FileTooDeep)                   /* {max} */                                                   \
    X(FileTextTooLong)               /* {size} {max} */                                            \
    X(FileTextWithNul)                                                                             \
    X(FileListTooLong)               /* {items} {max} */                                           \
    X(FileObjectTooWide)                                                                           \
    X(FileFieldNameTooLong)                                                                        \
    X(FileFieldTwice)                /* {field} */                                                 \
    X(NotARosterPlan)                                                                              \
    X(FormatVersionMissing)                                                                        \
    X(FormatTooNew)                  /* {format} {supported} */                                    \
    X(FileHasNoPlan)                                                                               \
    X(FieldWrongKind)                /* {path} {expected} {actual} */                              \
    X(FieldOutOfRange)               /* {path} {value} {min} {max} */                              \
    X(FieldUnknownWord)              /* {path} {value} {known} */                                  \
    X(FieldMissing)                  /* {path} */                                                  \
    X(FieldNotWhole)                 /* {path} */                                                  \
    X(MigrationFailed)               /* {cause} */                                                 \
    X(PlanUnreadable)                /* {detail} */                                                \
    X(PlanNotUsable)                 /* {cause} {others} */                                        \
    X(MigratedFromFormat1)                                                                         \
    X(IgnoredField)                  /* {path} */                                                  \
    X(KeptUnknownAssumption)         /* {key} */

// --- document: opening, sharing, saving, and the edit commands (plan_exchange, plan_slots,
// plan_library, commands) --------------------------------------------------------------------
#define ROSTER_DOCUMENT_MESSAGES(X)                                                                 \
    X(CouldNotOpen)                  /* {source} {cause} */                                        \
    X(CouldNotOpenTooLarge)          /* {source} {max} */                                          \
    X(OpenedPlan)                    /* {plan} {creators} {source} */                              \
    X(ConfirmReplacePlan)            /* {current} {creators} {plan} {source} */                    \
    X(SourceFile)                    /* {file} */                                                  \
    X(SourceShareLink)                                                                             \
    X(SourcePastedText)                                                                            \
    X(LinkCopied)                    /* {length} */                                                \
    X(LinkTooLong)                   /* {length} {max} */                                          \
    X(LinkNotCopied)                 /* {length} */                                                \
    X(LinksUnsupported)                                                                            \
    X(LatestSaveUnreadable)          /* {cause} */                                                 \
    X(SavedPlanUnreadableBlocked)    /* {cause} */                                                 \
    X(SavedPlanUnreadableKeptAside)  /* {cause} */                                                 \
    X(ChangeOverlapFirst)            /* {cause} */                                                 \
    X(CopyTooManyCreators)           /* {max} */                                                   \
    X(CreatorGone)                                                                                 \
    X(ScenarioGone)                                                                                \
    X(KeepOneScenario)                                                                             \
    X(UnknownAssumption)             /* {key} */                                                   \
    X(SavedInBrowserToday)           /* {time} */                                                  \
    X(SavedInBrowserOn)              /* {time} */                                                  \
    X(NotSavedInBrowser)                                                                           \
    X(DownloadedToday)               /* {time} */                                                  \
    X(DownloadedOn)                  /* {time} */                                                  \
    X(NeverDownloaded)                                                                             \
    X(SaveTimes)                     /* {saved} {downloaded} */                                    \
    X(Never)                                                                                       \
    X(TimeOfDay)                     /* {time} */                                                  \
    X(EditAddCreator)                                                                              \
    X(EditCreator)                                                                                 \
    X(EditRemoveCreator)                                                                           \
    X(EditCreators)                  /* {n} */                                                     \
    X(EditRemoveCreators)            /* {n} */                                                     \
    X(EditDuplicateCreators)         /* {n} */                                                     \
    X(EditRenamePlan)                                                                              \
    X(EditCurrency)                                                                                \
    X(EditCampaign)                                                                                \
    X(EditEnvironment)                                                                             \
    X(EditTiers)                                                                                   \
    X(EditChangeAssumption)                                                                        \
    X(EditResetAssumption)                                                                         \
    X(EditSetOverlap)                                                                              \
    X(EditEstimateOverlap)                                                                         \
    X(EditSetOverlaps)               /* {n} */                                                     \
    X(EditNewScenario)               /* {name} */                                                  \
    X(EditRenameScenario)            /* {name} */                                                  \
    X(EditSwitchScenario)                                                                          \
    X(EditRemoveScenario)                                                                          \
    X(EditApplyWhatIf)                                                                             \
    X(EditOpenPlanFile)                                                                            \
    X(EditOpenOtherTab)                                                                            \
    X(EditOpenExample)                                                                             \
    X(EditNewPlan)

// --- presentation, views and the command-line tool: what they say themselves ------------------
#define ROSTER_INTERFACE_MESSAGES(X)                                                                \
    X(OverlapRowEmpty)                                                                             \
    X(OverlapRowCount)               /* {others} {has} */                                          \
    X(OverlapRowShareInvalid)        /* {creator} */                                               \
    X(OverlapRowUnknownCreator)      /* {name} */                                                  \
    X(OverlapRowSelf)                /* {name} */                                                  \
    X(SharesNeedShare)               /* {item} */                                                  \
    X(SharesShareInvalid)            /* {key} */                                                   \
    X(PlanTooLargeToKeep)            /* {size} {max} */                                            \
    X(Downloaded)                    /* {file} */                                                  \
    X(ExampleUnopenable)             /* {example} */                                               \
    X(OpenedExample)                 /* {example} */                                               \
    X(NotRenamedName)                /* {max} */                                                   \
    X(NotRenamedStorage)                                                                           \
    X(RestoredPlan)                  /* {plan} */                                                  \
    X(RestoreRefused)                                                                              \
    X(OpenedFromLibrary)             /* {plan} */                                                  \
    X(DuplicatedAs)                  /* {plan} */                                                  \
    X(DuplicateRefused)                                                                            \
    X(DeletedPlan)                   /* {plan} */                                                  \
    X(LanguageChanged)                                                                             \
    X(OpenedOtherTab)                                                                              \
    X(OtherTabUnreadable)                                                                          \
    X(StartedNewPlan)                                                                              \
    X(NoFilePicker)                                                                                \
    X(KeptOpenPlan)                                                                                \
    X(NotChanged)                    /* {cause} */                                                 \
    X(OverlapsNotChanged)            /* {cause} */                                                 \
    X(NotAdded)                      /* {cause} */                                                 \
    X(CompareAtLeastTwo)                                                                           \
    X(TooManyScenariosRightClick)    /* {max} */                                                   \
    X(LinkDamaged)                                                                                 \
    X(LinkFromNewerRoster)                                                                         \
    X(LinksCannotOpen)                                                                             \
    X(RosterSelected)                /* {n} */                                                     \
    X(CreatorsCount)                 /* {n} */                                                     \
    X(BudgetLeft)                    /* {left} {cap} */                                            \
    X(BudgetOver)                    /* {cap} {over} */                                            \
    X(ScenarioBudget)                /* {scenario} {budget} */                                     \
    X(ChartPointTooltip)             /* {series} {x} {y} */                                        \
    X(ProposalOpened)                /* {scenario} */                                              \
    X(FormatMovedTo)                 /* {from} {to} {platform} */                                  \
    X(SheetImported)                 /* {source} {counts} */                                       \
    X(SheetPreviewFrom)              /* {source} {summary} */                                      \
    X(TableCopied)                                                                                 \
    X(PeopleReachedTimes)            /* {people} {times} {share} */                                \
    X(PeopleReachedTimesOrMore)      /* {people} {times} {share} */                                \
    X(SheetUnreadable)               /* {source} {cause} */                                        \
    X(UndoItem)                      /* {action} */                                                \
    X(RedoItem)                      /* {action} */                                                \
    X(UndoNothing)                                                                                 \
    X(RedoNothing)                                                                                 \
    X(CliUsage)                                                                                    \
    X(CliCannotOpen)                 /* {path} */                                                  \
    X(CliAboutFile)                  /* {path} {message} */                                        \
    X(CliValidPlan)                  /* {path} {creators} */                                       \
    X(CliScenarios)                  /* {names} */                                                 \
    X(CliOpenScenario)               /* {name} */                                                  \
    X(CliNoSuchScenario)             /* {path} {scenario} {names} */                               \
    X(CliScenarioNeedsName)                                                                        \
    X(CliNeedsWholeNumber)           /* {option} */                                                \
    X(CliNeedsDrawCount)             /* {option} {max} */                                          \
    X(CliUnexpectedArgument)         /* {argument} */                                              \
    X(CliUnknownCommand)             /* {command} */                                               \
    X(CliUnknownLanguage)            /* {language} */

// --- spreadsheets in and out: reading a sheet (storage/sheet_text, sheet_mapping), importing
// its rows (document/sheet_import), exporting tables (present/sheet_export), `roster import`
// and `roster export` -----------------------------------------------------------------------------
#define ROSTER_SHEET_MESSAGES(X)                                                                    \
    X(SheetTooLarge)                 /* {size} {max} */                                            \
    X(SheetEmpty)                                                                                  \
    X(SheetBinary)                                                                                 \
    X(SheetIsWorkbook)                                                                             \
    X(SheetUtf16Invalid)                                                                           \
    X(SheetNotText)                  /* {line} */                                                  \
    X(SheetTooManyRows)              /* {max} */                                                   \
    X(SheetTooManyColumns)           /* {row} {columns} {max} */                                   \
    X(SheetTooManyCells)             /* {max} */                                                   \
    X(SheetCellTooLong)              /* {row} {column} {max} */                                    \
    X(SheetUnclosedQuote)            /* {row} */                                                   \
    X(SheetHasNoRows)                                                                              \
    X(SheetMappingUnreadable)                                                                      \
    X(SheetMappingUnknownTarget)     /* {target} */                                                \
    X(SheetMappingTooLarge)          /* {max} */                                                   \
    X(SheetNoNameColumn)                                                                           \
    X(SheetColumnMapped)             /* {column} {target} */                                       \
    X(SheetColumnMappedOnPlatform)   /* {column} {target} {platform} */                            \
    X(SheetColumnIgnored)            /* {column} */                                                \
    X(SheetRowRefused)               /* {row} {column} {value} {cause} */                          \
    X(SheetRowRefusedWhole)          /* {row} {cause} */                                           \
    X(SheetRowRefusedEmpty)          /* {row} {column} {cause} */                                  \
    X(SheetNoPlatform)                                                                             \
    X(SheetPlatformUnknown)          /* {value} */                                                 \
    X(SheetNotANumber)                                                                             \
    X(SheetNotACount)                                                                              \
    X(SheetNegative)                                                                               \
    X(SheetShareTooLarge)                                                                          \
    X(SheetNoName)                                                                                 \
    X(SheetOtherCurrency)            /* {currency} {plan_currency} */                              \
    X(SheetTotalFeeNeedsPosts)                                                                     \
    X(SheetCellNote)                 /* {row} {column} {value} {note} */                           \
    X(SheetCountryNeedsShare)                                                                      \
    X(SheetCountryUnknown)                                                                         \
    X(SheetAlreadyInPlan)                                                                          \
    X(SheetReadSummary)              /* {rows} {columns} {encoding} {separator} */                 \
    X(SheetSkippedEmpty)             /* {n} */                                                     \
    X(SheetSkippedTotal)             /* {row} */                                                   \
    X(SheetImportCounts)             /* {added} {updated} {refused} */                             \
    X(SheetNothingToImport)                                                                        \
    X(SheetColumnOfScenario)         /* {scenario} {column} */                                     \
    X(SheetColumnQuantile)           /* {column} {quantile} */                                     \
    X(EditImportCreators)            /* {n} */                                                     \
    X(CliImportWrote)                /* {path} {creators} */                                       \
    X(CliImportNotWritten)                                                                         \
    X(CliMappingSaved)               /* {path} */                                                  \
    X(CliExportUnknownTable)         /* {table} */                                                 \
    X(CliExportUnknownFormat)        /* {format} */                                                \
    X(CliOptionNeedsValue)           /* {option} */

// --- the budget optimiser (issue 22): its problems and constraints (engine/optimiser*.cpp), its
// settings file (storage/optimiser_settings.cpp), and `roster optimise` and `roster frontier` ----------
#define ROSTER_OPTIMISER_MESSAGES(X)                                                                \
    X(OptimiserUnknownCreator)       /* {id} */                                                    \
    X(OptimiserOptionProblem)        /* {creator} {option} {cause} */                              \
    X(OptimiserNoBudget)                                                                           \
    X(OptimiserNoCandidates)                                                                       \
    X(OptimiserNeedsOrderValue)                                                                    \
    X(OptimiserOnTargetUnknown)                                                                    \
    X(OptimiserMustIncludeOverBudget) /* {cost} {budget} */                                         \
    X(OptimiserMustIncludeOverCap)   /* {creator} {cost} {cap} */                                  \
    X(OptimiserTooFewCandidates)     /* {constraint} {candidates} */                               \
    X(OptimiserMustIncludeBreak)     /* {constraint} {must} */                                     \
    X(OptimiserConstraintsClash)     /* {first} {second} */                                        \
    X(OptimiserMinimumsAboveMaximum) /* {minimums} {constraint} */                                 \
    X(OptimiserMinimumsOverBudget)   /* {cost} {budget} */                                         \
    X(OptimiserMinSharesOver100)     /* {total} */                                                 \
    X(OptimiserCpmBelowEveryCandidate) /* {cpm} {lowest} */                                         \
    X(OptimiserNoFeasibleProposal)                                                                 \
    X(OptimiserNotMet)               /* {constraint} */                                            \
    X(OptimiserChanceNotReached)     /* {floor} {chance} */                                        \
    X(ConstraintBudget)              /* {budget} */                                                \
    X(ConstraintMinCreators)         /* {n} */                                                     \
    X(ConstraintMaxCreators)         /* {n} */                                                     \
    X(ConstraintTierMinCreators)     /* {n} {tier} */                                              \
    X(ConstraintTierMaxCreators)     /* {n} {tier} */                                              \
    X(ConstraintTierMinShare)        /* {share} {tier} */                                          \
    X(ConstraintTierMaxShare)        /* {share} {tier} */                                          \
    X(ConstraintPlatformMinCreators) /* {n} {platform} */                                          \
    X(ConstraintPlatformMaxCreators) /* {n} {platform} */                                          \
    X(ConstraintPlatformMinShare)    /* {share} {platform} */                                      \
    X(ConstraintPlatformMaxShare)    /* {share} {platform} */                                      \
    X(ConstraintCreatorShare)        /* {share} */                                                 \
    X(ConstraintMinFrequency)        /* {frequency} */                                             \
    X(ConstraintMinEffectiveReach)   /* {people} */                                                \
    X(ConstraintMaxCpm)              /* {cpm} */                                                   \
    X(ConstraintMinChanceRoiPositive) /* {share} */                                                 \
    X(LeftOutBudget)                 /* {cost} {left} */                                           \
    X(LeftOutConstraint)             /* {constraint} */                                            \
    X(LeftOutOverlap)                /* {share} {creator} */                                       \
    X(OptimiserSettingsTooLarge)     /* {max} */                                                   \
    X(OptimiserSettingsUnreadable)   /* {cause} */                                                 \
    X(OptimiserSettingsNotRoster)                                                                  \
    X(OptimiserSettingsUnknownField) /* {field} */                                                 \
    X(OptimiserSettingsBadValue)     /* {field} {expected} */                                      \
    X(OptimiserSettingsUnknownCreator) /* {name} */                                                 \
    X(OptimiserSettingsUnknownPlatform) /* {value} */                                               \
    X(OptimiserSettingsUnknownTier)  /* {value} */                                                 \
    X(OptimiserSettingsUnknownOption) /* {value} */                                                 \
    X(OptimiserSettingsUnknownFormat) /* {value} */                                                 \
    X(OptimiserSettingsBothRoles)    /* {name} */                                                  \
    X(CliOptimiseNeedsBudget)                                                                      \
    X(CliUnknownObjective)           /* {objective} */                                             \
    X(CliNeedsAmount)                /* {option} */                                                \
    X(CliNeedsPointCount)            /* {option} {max} */                                          \
    X(CliOptimiseHeading)            /* {plan} {budget} {objective} {candidates} */                \
    X(CliOptimiseRisk)               /* {p10} {chance} */                                          \
    X(CliOptimiseBound)              /* {bound} {gap} */                                           \
    X(CliBoundKnapsack)                                                                            \
    X(CliBoundSubmodular)            /* {checked} {scale} */                                       \
    X(CliBoundNone)                                                                                \
    X(CliSimpleRule)                 /* {objective} {value} {share} */                             \
    X(CliProposalWritten)            /* {path} {scenario} */                                       \
    X(CliProposalWrittenAlone)       /* {path} */                                                  \
    X(CliProposalOwnProjection)      /* {reach} */                                                 \
    X(CliFrontierHeading)            /* {plan} {objective} {points} {budget} */                    \
    X(CliFrontierCurrentPlan)        /* {cost} {value} {frontier} {gap} */                         \
    X(CliFrontierPlanAbove)          /* {cost} {value} {frontier} */

// --- the reach model a planner can trust (issue 18: universes, ceilings, estimated pairs) ---
#define ROSTER_REACH_MESSAGES(X)                                                                    \
    X(OverlapEstimateSameCreator)    /* {share} */                                                 \
    X(OverlapEstimateChance)         /* {universe} */                                              \
    X(OverlapEstimateInterests)      /* {universe} {alike} {affinity} */                           \
    X(OverlapEstimateCountries)      /* {universe} {common} */                                     \
    X(OverlapEstimateProfiles)       /* {universe} {alike} {affinity} {common} */

// --- ranges with heavy tails: views from recommendations, P95 and P99 (issue 18) ---
#define ROSTER_RANGES_MESSAGES(X)

// --- money in its currency: ISO 4217 codes, converted defaults (issues 18 and 26) ---
#define ROSTER_MONEY_MESSAGES(X)                                                                    \
    X(CurrencyNotIso)                /* {code} */                                                  \
    X(CurrencyNotIsoClosest)         /* {code} {closest} */                                        \
    X(MoneyDefaultsConverted)        /* {from} {to} {rate} {date} */                               \
    X(MoneyDefaultsInSource)         /* {from} */                                                  \
    X(MoneyDefaultsNoRate)           /* {from} {to} */                                             \
    X(CurrencyChangedNoAmounts)      /* {from} {to} */                                             \
    X(CurrencyRelabelled)            /* {from} {to} {amounts} */                                   \
    X(CurrencyConverted)             /* {from} {to} {rate} {date} {fees} {others} {overrides} */   \
    X(CurrencyNoRateToConvert)       /* {from} {to} */                                             \
    X(EditConvertCurrency)           /* {to} */                                                    \
    X(CliCurrenciesHeading)          /* {n} {date} */

// --- forecast against actuals: locked forecasts, actuals, imports of analytics exports, calibration (issue 23) ---
#define ROSTER_ACTUALS_MESSAGES(X)                                                                 \
    X(ActualsTooMany)                /* {max} */                                                   \
    X(ActualPostInvalid)             /* {id} {post} {max} */                                       \
    X(ActualTwice)                   /* {id} {format} {post} */                                    \
    X(ActualFigureOutOfRange)        /* {id} {figure} {max} */                                     \
    X(ActualFigureTwice)             /* {id} {figure} */                                           \
    X(ActualDateInvalid)             /* {id} {date} */                                             \
    X(ActualAddressTooLong)          /* {id} {max} */                                              \
    X(LockedForecastTwice)                                                                         \
    X(LockedForecastTooLarge)        /* {max} */                                                   \
    X(LockedBandInvalid)             /* {figure} */                                                \
    X(LockedTextTooLong)             /* {max} */                                                   \
    X(CalibrationRecordInvalid)                                                                    \
    X(EditLockForecast)              /* {scenario} */                                              \
    X(EditUnlockForecast)                                                                          \
    X(EditSetActual)                 /* {creator} */                                               \
    X(EditImportActuals)             /* {n} */                                                     \
    X(EditApplyCalibration)          /* {n} */                                                     \
    X(EditRemoveCalibration)                                                                       \
    X(LockNothingToLock)                                                                           \
    X(LockAlreadyLocked)             /* {scenario} {date} */                                       \
    X(UnlockNothingLocked)                                                                         \
    X(CalibrationNotApplied)                                                                       \
    X(ActualsExportUnknown)                                                                        \
    X(ActualsExportRead)             /* {provider} {language} {rows} */                            \
    X(ActualsRowMatched)             /* {row} {creator} {format} {post} */                         \
    X(ActualsRowUnmatched)           /* {row} {value} */                                           \
    X(ActualsRowAmbiguous)           /* {row} {value} {names} */                                   \
    X(ActualsRowOtherPlatform)       /* {row} {creator} {provider} */                              \
    X(ActualsRowNoPost)              /* {row} {creator} */                                         \
    X(ActualsRowBadNumber)           /* {row} {column} {value} */                                  \
    X(ActualsRowBadDate)             /* {row} {value} */                                           \
    X(ActualsSkippedTotal)           /* {row} */                                                   \
    X(ActualsImportCounts)           /* {matched} {unmatched} {refused} */                         \
    X(ActualsNothingMatched)                                                                       \
    X(ForecastNotLocked)                                                                           \
    X(CalibratedFromCampaigns)       /* {n} {posts} */                                             \
    X(CalibrationReplaced)           /* {assumption} {before} {after} */                           \
    X(CalibrationNoCampaigns)                                                                      \
    X(CalibrationPlanSkipped)        /* {plan} */                                                  \
    X(CliActualsWrote)               /* {path} {n} */                                              \
    X(CliActualsNotWritten)                                                                        \
    X(CliCalibrationHeading)         /* {n} {posts} */                                             \
    X(ForecastLockedOn)              /* {scenario} {date} */                                       \
    X(LockExplained)                 /* {scenario} */                                              \
    X(UnlockExplained)               /* {scenario} {date} */                                       \
    X(ActualsImported)               /* {source} {counts} */                                       \
    X(ActualsFileUnreadable)         /* {source} {cause} */                                        \
    X(ActualsPreviewFrom)            /* {source} {summary} */                                      \
    X(CalibrationGathered)           /* {plans} {campaigns} {posts} */                             \
    X(ForecastChartCaption)                                                                        \
    X(ActualsOfPost)                 /* {format} {post} */                                         \
    X(ActualsTypedNote)

// --- a planner's day without friction: workspace, charts, help (issue 26) ---
#define ROSTER_WORKDAY_MESSAGES(X)                                                                  \
    X(EditCancelled)                 /* {value} */                                                 \
    X(NumberUnread)                  /* {text} {value} */                                          \
    X(InteractionsCounted)           /* {n} */

// --- the page offline and in workers (issue 25) ---
#define ROSTER_OFFLINE_MESSAGES(X)                                                                  \
    /* the precision the ranges reached (ui/results_view.cpp) */                                   \
    X(RangePrecision)                /* {precision} {draws} */

// --- the ranges drawn in the page's Web Workers (issue 25) ---
#define ROSTER_WORKERS_MESSAGES(X)                                                                  \
    /* the net reach's range read out beside the summary (ui/page_mirror.cpp) */                         \
    X(SummaryRangesSoFar)            /* {low} {high} {draws} */                                    \
    X(SummaryRangesFinal)            /* {low} {high} {draws} */

// --- Excel workbooks read and written (issue 24) ---
#define ROSTER_WORKBOOK_MESSAGES(X)                                                                 \
    /* reading (storage/workbook_zip.cpp, workbook_xml.cpp, workbook_read.cpp, workbook_headers.cpp) */ \
    X(WorkbookNotZip)                                                                              \
    X(WorkbookIsText)                                                                              \
    X(WorkbookOldExcel)                                                                            \
    X(WorkbookEncrypted)                                                                           \
    X(WorkbookTruncated)                                                                           \
    X(WorkbookTooLarge)              /* {size} {max} */                                            \
    X(WorkbookZip64)                                                                               \
    X(WorkbookTooManyParts)          /* {max} */                                                   \
    X(WorkbookUnsafePartName)        /* {part} */                                                  \
    X(WorkbookPartDamaged)           /* {part} */                                                  \
    X(WorkbookPartMissing)           /* {part} */                                                  \
    X(WorkbookPartTooLarge)          /* {part} {max} */                                            \
    X(WorkbookZipBomb)               /* {part} {ratio} */                                          \
    X(WorkbookTooMuchData)           /* {max} */                                                   \
    X(WorkbookXmlUnsafe)             /* {part} */                                                  \
    X(WorkbookXmlTooDeep)            /* {part} {max} */                                            \
    X(WorkbookXmlBroken)             /* {part} {line} */                                           \
    X(WorkbookNotExcel)                                                                            \
    X(WorkbookTooManySheets)         /* {max} */                                                   \
    X(WorkbookNoSheets)                                                                            \
    X(WorkbookSheetUnknown)          /* {sheet} {sheets} */                                        \
    X(WorkbookSheetNotCells)         /* {sheet} */                                                 \
    X(WorkbookSheetEmpty)            /* {sheet} */                                                 \
    X(WorkbookTooManyStrings)        /* {max} {bytes} */                                           \
    X(WorkbookCellError)             /* {cell} {value} */                                          \
    X(WorkbookMoreCellErrors)        /* {n} */                                                     \
    X(WorkbookTitleSkipped)          /* {n} {row} */                                               \
    X(WorkbookHeaderJoined)          /* {first} {second} */                                        \
    X(WorkbookReadSummary)           /* {rows} {columns} {sheet} {sheets} */                       \
    X(WorkbookSheetOptionForCsv)                                                                   \
    /* writing (storage/workbook_write.cpp, present/workbook_report.cpp, cli/export_command.cpp) */ \
    X(WorkbookNotWritten)            /* {code} */                                                  \
    X(WorkbookNoTemporaryFile)                                                                     \
    X(WorkbookSheetTooLarge)         /* {sheet} {rows} {columns} */                                \
    X(WorkbookAboutCreators)         /* {draws} */                                                 \
    X(WorkbookAboutComparison)       /* {draws} */                                                 \
    X(WorkbookAboutFrequency)                                                                      \
    X(WorkbookAboutBuildup)                                                                        \
    X(WorkbookAboutAssumptions)                                                                    \
    X(CliExportWorkbookWritten)      /* {path} {sheets} */                                         \
    X(CliExportWorkbookNoTable)                                                                    \
    X(CliExportCannotWrite)          /* {path} */                                                  \
    X(WorkbookModuleUnavailable)                                                                   \
    X(WorkbookPreparing)             /* {file} */

#define ROSTER_MESSAGES(X)       \
    ROSTER_ENGINE_MESSAGES(X)    \
    ROSTER_STORAGE_MESSAGES(X)   \
    ROSTER_DOCUMENT_MESSAGES(X)  \
    ROSTER_INTERFACE_MESSAGES(X) \
    ROSTER_SHEET_MESSAGES(X)     \
    ROSTER_OPTIMISER_MESSAGES(X) \
    ROSTER_REACH_MESSAGES(X) \
    ROSTER_RANGES_MESSAGES(X) \
    ROSTER_MONEY_MESSAGES(X) \
    ROSTER_ACTUALS_MESSAGES(X) \
    ROSTER_WORKDAY_MESSAGES(X) \
    ROSTER_OFFLINE_MESSAGES(X) \
    ROSTER_WORKERS_MESSAGES(X) \
    ROSTER_WORKBOOK_MESSAGES(X)

// Words Roster owns that messages quote (message.h's Term): the names of fields, sources.
#define ROSTER_ENGINE_TERMS(X)      \
    X(AName)                        \
    X(AHandle)                      \
    X(Name)                         \
    X(Handle)                       \
    X(FeePerPost)                   \
    X(ProductValue)                 \
    X(UsageRightsFee)               \
    X(AmplificationSpend)           \
    X(AmplificationCpm)             \
    X(AverageOrderValue)            \
    X(Budget)                       \
    X(EngagementRate)               \
    X(AudienceQuality)              \
    X(Relevance)                    \
    X(AffiliateCommission)          \
    X(PostingChance)                \
    X(GrossMargin)                  \
    X(HiddenLikeViewers)            \
    X(AgeBandShare)                 \
    X(GenderShare)                  \
    X(InterestShare)

#define ROSTER_STORAGE_TERMS(X) \
    X(KindText)                    \
    X(KindWholeNumber)             \
    X(KindTrueOrFalse)             \
    X(KindGroupOfFields)           \
    X(KindList)                    \
    X(ValueText)                   \
    X(ValueTrueFalse)              \
    X(ValueNull)                   \
    X(ValueList)                   \
    X(ValueGroupOfFields)          \
    X(ValueWholeNumber)            \
    X(ValueWholeNumberTooLarge)    \
    X(ValueDecimal)                \
    X(ValueOther)
#define ROSTER_DOCUMENT_TERMS(X)
#define ROSTER_INTERFACE_TERMS(X)

// What a sheet's column becomes, how a sheet was read, and the column headers of exported tables.
#define ROSTER_SHEET_TERMS(X)    \
    X(SheetTargetIgnore)         \
    X(SheetTargetName)           \
    X(SheetTargetHandle)         \
    X(SheetTargetPlatform)       \
    X(SheetTargetFollowers)      \
    X(SheetTargetEngagementRate) \
    X(SheetTargetAverageViews)   \
    X(SheetTargetAverageLikes)   \
    X(SheetTargetAverageComments)\
    X(SheetTargetFeePerPost)     \
    X(SheetTargetTotalFee)       \
    X(SheetTargetPosts)          \
    X(SheetTargetCountry)        \
    X(SheetTargetAudienceQuality)\
    X(SheetTargetFakeFollowers)  \
    X(SheetTargetLastName)       \
    X(SheetEncodingUtf8)         \
    X(SheetEncodingUtf8Bom)      \
    X(SheetEncodingUtf16Le)      \
    X(SheetEncodingUtf16Be)      \
    X(SheetEncodingWindows1252)  \
    X(SheetSeparatorComma)       \
    X(SheetSeparatorSemicolon)   \
    X(SheetSeparatorTab)         \
    X(SheetColumnName)           \
    X(SheetColumnHandle)         \
    X(SheetColumnPlatform)       \
    X(SheetColumnTier)           \
    X(SheetColumnFollowers)      \
    X(SheetColumnEngagementRate) \
    X(SheetColumnAverageViews)   \
    X(SheetColumnAudienceQuality)\
    X(SheetColumnPosts)          \
    X(SheetColumnFeePerPost)     \
    X(SheetColumnCost)           \
    X(SheetColumnViews)          \
    X(SheetColumnReach)          \
    X(SheetColumnEngagements)    \
    X(SheetColumnClicks)         \
    X(SheetColumnConversions)    \
    X(SheetColumnCpm)            \
    X(SheetColumnRoi)            \
    X(SheetColumnTotal)          \
    X(SheetColumnFigure)         \
    X(SheetColumnValue)          \
    X(SheetColumnP10)            \
    X(SheetColumnP90)            \
    X(SheetColumnChange)         \
    X(SheetColumnExposures)      \
    X(SheetColumnPeople)         \
    X(SheetColumnShare)          \
    X(SheetColumnOrder)          \
    X(SheetColumnCreators)       \
    X(SheetColumnLastAdded)      \
    X(SheetColumnGrossReach)     \
    X(SheetColumnNetReach)       \
    X(SheetOrderRoster)          \
    X(SheetOrderBest)            \
    X(SheetColumnKey)            \
    X(SheetColumnGroup)          \
    X(SheetColumnAssumption)     \
    X(SheetColumnDefault)        \
    X(SheetColumnLow)            \
    X(SheetColumnHigh)           \
    X(SheetColumnUnit)           \
    X(SheetColumnSource)         \
    X(SheetColumnEstimate)       \
    X(SheetColumnChanged)        \
    X(SheetUnitPercent)          \
    X(SheetUnitMultiplier)       \
    X(SheetUnitSeconds)          \
    X(SheetYes)                  \
    X(SheetNo)

// The optimiser's words: objectives, tiers in a sentence, booking options, what a settings
// field expects, and the headers of `roster optimise` and `roster frontier`.
#define ROSTER_OPTIMISER_TERMS(X)           \
    X(OptimiserObjectiveNetReach)       \
    X(OptimiserObjectiveOnTargetReach)  \
    X(OptimiserObjectiveEffectiveReach) \
    X(OptimiserObjectiveConversions)    \
    X(OptimiserObjectiveGrossProfit)    \
    X(OptimiserObjectiveRoiP10)         \
    X(OptimiserTierNano)                \
    X(OptimiserTierMicro)               \
    X(OptimiserTierMid)                 \
    X(OptimiserTierMacro)               \
    X(OptimiserTierMega)                \
    X(OptimiserOptionAsPlanned)         \
    X(OptimiserOptionOnePost)           \
    X(OptimiserOptionHalfPosts)         \
    X(OptimiserOptionDoublePosts)       \
    X(OptimiserExpectWholeNumber)       \
    X(OptimiserExpectShare)             \
    X(OptimiserExpectAmount)            \
    X(OptimiserExpectPositive)          \
    X(OptimiserExpectNames)             \
    X(OptimiserExpectObjective)         \
    X(OptimiserExpectGroup)             \
    X(OptimiserExpectOptions)           \
    X(OptimiserExpectText)              \
    X(OptimiserColumnCreator)           \
    X(OptimiserColumnPlatform)          \
    X(OptimiserColumnTier)              \
    X(OptimiserColumnBooking)           \
    X(OptimiserColumnCost)              \
    X(OptimiserColumnAdds)              \
    X(OptimiserColumnPerThousand)       \
    X(OptimiserColumnWouldAdd)          \
    X(OptimiserColumnWhyOut)            \
    X(OptimiserColumnFigure)            \
    X(OptimiserColumnProposal)          \
    X(OptimiserColumnSimpleRule)        \
    X(OptimiserColumnPlanAsIs)          \
    X(OptimiserColumnBudget)            \
    X(OptimiserColumnSpent)             \
    X(OptimiserColumnCreators)          \
    X(OptimiserColumnMarginalThousand)  \
    X(OptimiserColumnMarginalOne)       \
    X(OptimiserFigureCost)              \
    X(OptimiserFigureCreators)          \
    X(OptimiserFigureNetReach)          \
    X(OptimiserFigureOnTargetReach)     \
    X(OptimiserFigureEffectiveReach)    \
    X(OptimiserFigureFrequency)         \
    X(OptimiserFigureImpressions)       \
    X(OptimiserFigureConversions)       \
    X(OptimiserFigureGrossProfit)       \
    X(OptimiserFigureCpm)               \
    X(OptimiserFigureRoi)               \
    X(OptimiserTitleProposal)           \
    X(OptimiserTitleLeftOut)            \
    X(OptimiserTitleFigures)            \
    X(OptimiserProposalScenario)        \
    X(OptimiserMustIncludeMark)

// Words of: the reach model a planner can trust (issue 18: universes, ceilings, estimated pairs)
#define ROSTER_REACH_TERMS(X)          \
    X(OverlapEvidenceSameCreator)      \
    X(OverlapEvidenceChance)           \
    X(OverlapEvidenceInterests)        \
    X(OverlapEvidenceCountries)        \
    X(OverlapEvidenceProfiles)

// Words of: ranges with heavy tails: views from recommendations, P95 and P99 (issue 18)
#define ROSTER_RANGES_TERMS(X) \
    X(SheetColumnP95)          \
    X(SheetColumnP99)

// Words of: money in its currency: ISO 4217 codes, converted defaults (issues 18 and 26)
#define ROSTER_MONEY_TERMS(X)

// Words of: forecast against actuals: locked forecasts, actuals, imports of analytics exports, calibration (issue 23)
#define ROSTER_ACTUALS_TERMS(X)     \
    X(ActualsViews)                 \
    X(ActualsReach)                 \
    X(ActualsImpressions)           \
    X(ActualsLikes)                 \
    X(ActualsComments)              \
    X(ActualsShares)                \
    X(ActualsSaves)                 \
    X(ActualsClicks)                \
    X(ActualsConversions)           \
    X(ActualsRevenue)               \
    X(ActualsCost)                  \
    X(ActualsEngagements)           \
    X(ActualsFromPlatform)          \
    X(ActualsEstimate)              \
    X(ActualsTyped)                 \
    X(ActualsEnglishHeaders)        \
    X(ActualsFrenchHeaders)         \
    X(ActualsTotal)                 \
    X(ActualsInside)                \
    X(ActualsOutside)               \
    X(ActualsNoActual)              \
    X(ActualsColumnGroup)           \
    X(ActualsColumnFigure)          \
    X(ActualsColumnActual)          \
    X(ActualsColumnMedian)          \
    X(ActualsColumnP10)             \
    X(ActualsColumnP90)             \
    X(ActualsColumnInside)          \
    X(ActualsColumnRatio)           \
    X(ActualsByCreator)             \
    X(ActualsByFormat)              \
    X(ActualsByTier)                \
    X(ActualsByPlatform)            \
    X(ActualsColumnRate)            \
    X(ActualsColumnMultiplier)      \
    X(ActualsColumnInterval)        \
    X(ActualsColumnPosts)           \
    X(ActualsColumnCell)            \
    X(ActualsMenuLock)              \
    X(ActualsMenuUnlock)            \
    X(ActualsMenuImport)            \
    X(ActualsMenuForecast)          \
    X(ActualsMenuCalibrate)         \
    X(ActualsLockTitle)             \
    X(ActualsLockButton)            \
    X(ActualsUnlockTitle)           \
    X(ActualsUnlockButton)          \
    X(ActualsCancel)                \
    X(ActualsImportTitle)           \
    X(ActualsImportButton)          \
    X(ActualsColumnMatched)         \
    X(ActualsColumnDate)            \
    X(ActualsNotImported)           \
    X(ActualsCalibrateTitle)        \
    X(ActualsApplyCalibration)      \
    X(ActualsRemoveCalibration)     \
    X(ActualsTab)                   \
    X(ActualsPosted)                \
    X(ActualsPostAddress)           \
    X(ActualsColumnPost)            \
    X(ActualsColumnSource)          \
    X(ActualsClearPost)             \
    X(ActualsEstimateMark)          \
    X(ActualsEveryFigure)

// Words of: a planner's day without friction: workspace, charts, help (issue 26)
#define ROSTER_WORKDAY_TERMS(X)

// Words of: the page offline and in workers (issue 25)
#define ROSTER_OFFLINE_TERMS(X)

// Words of: Excel workbooks read and written (issue 24)
#define ROSTER_WORKBOOK_TERMS(X)      \
    /* writing */                     \
    X(WorkbookSheetCover)             \
    X(WorkbookSheetCreators)          \
    X(WorkbookSheetComparison)        \
    X(WorkbookSheetFrequency)         \
    X(WorkbookSheetBuildup)           \
    X(WorkbookSheetAssumptions)       \
    X(WorkbookFactPlan)               \
    X(WorkbookFactScenario)           \
    X(WorkbookFactDate)               \
    X(WorkbookFactCurrency)           \
    X(WorkbookFactDraws)              \
    X(WorkbookFactSeed)               \
    X(WorkbookFactVersion)            \
    X(WorkbookContents)               \
    X(WorkbookMenuImport)             \
    X(WorkbookMenuExport)             \
    X(WorkbookSheetChoice)

#define ROSTER_TERMS(X)       \
    ROSTER_ENGINE_TERMS(X)    \
    ROSTER_STORAGE_TERMS(X)   \
    ROSTER_DOCUMENT_TERMS(X)  \
    ROSTER_INTERFACE_TERMS(X) \
    ROSTER_SHEET_TERMS(X)     \
    ROSTER_OPTIMISER_TERMS(X) \
    ROSTER_REACH_TERMS(X) \
    ROSTER_RANGES_TERMS(X) \
    ROSTER_MONEY_TERMS(X) \
    ROSTER_ACTUALS_TERMS(X) \
    ROSTER_WORKDAY_TERMS(X) \
    ROSTER_OFFLINE_TERMS(X) \
    ROSTER_WORKBOOK_TERMS(X)
