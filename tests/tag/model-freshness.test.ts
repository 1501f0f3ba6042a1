import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashLexiconSources } from '../../src/lexicon/compile-lexicon';
import { loadLexiconArtifact, LEXICON_ARTIFACT_PATH } from '../../src/lexicon/load-lexicon';
import { MODEL_PATH, readModelHeader } from '../../src/tag/model-file';
import { FEATURES_VERSION } from '../../src/tag/token-features';
import { readCorpora } from '../../scripts/lexicon/read-corpora';
import { loadBuildInputs } from '../../scripts/lexicon/build-lexicon-lists';
import { assignCorpusFolds, buildFoldLists } from '../../scripts/train/fold-lexicons';
import { NAME_TOKENS_FILE } from '../../scripts/train/read-name-counts';
import { FOLDS, hashSentences, HYPER_PARAMETERS, SEED, sha256, TRAINER_VERSION } from '../../scripts/train/train-config';
import { describeWithShared, SHARED_DIR } from '../support/shared-data';

// data/model.bin is trained, not built at install (docs/artifacts.md): its header names what it was
// trained from. Each check below fails when that changed since, and the fix is `npm run train`.
const header = readModelHeader(readFileSync(MODEL_PATH), MODEL_PATH);
const RETRAIN = 'data/model.bin is stale: run npm run train';

describe('the model is fresh (what the repository alone can tell)', () => {
  test('the feature code and the trainer are the versions it was trained with', () => {
    expect({ features: header.featuresVersion, trainer: header.trainerVersion, why: RETRAIN }).toEqual({ features: FEATURES_VERSION, trainer: TRAINER_VERSION, why: RETRAIN });
  });

  test('the hyper-parameters and the seed are the ones it was trained with', () => {
    expect({ ...header.hyperParameters, seed: header.seed }).toEqual({ ...HYPER_PARAMETERS, seed: SEED });
  });

  test('the lexicon it ran over at run time is data/lexicon.bin as lexicons/ compiles it', () => {
    expect({ lexicon: header.lexicons[0], why: RETRAIN }).toEqual({ lexicon: loadLexiconArtifact(LEXICON_ARTIFACT_PATH).sourceHash, why: RETRAIN });
  });
});

describeWithShared('the model is fresh (its training data)', ['corpora', NAME_TOKENS_FILE], () => {
  test('the corpora and the name-token list hash as they did', () => {
    const corpora = readCorpora(SHARED_DIR);
    const file = (path: string): string => sha256(readFileSync(join(SHARED_DIR, path)));
    expect(header.inputs).toEqual({
      'corpora/anercorp/train.conll (TRAIN80)': hashSentences(corpora.anercorp),
      'corpora/wikifane/all.conll': file('corpora/wikifane/all.conll'),
      'corpora/wikifane/all.fine.conll': file('corpora/wikifane/all.fine.conll'),
      [NAME_TOKENS_FILE]: file(NAME_TOKENS_FILE),
    });
  });
});

// The features of a training sentence came from its fold's lexicon (docs/tagger.md); a change to a
// source, a corpus or the build changes those lexicons even where data/lexicon.bin stays the same
// (a harvested name of one fold only, say). Rebuilding the five lists takes about a minute.
describeWithShared('the model is fresh (its jackknife lexicons)', ['corpora', 'sources'], () => {
  test('each fold lexicon builds to the source hash the header names', () => {
    const inputs = loadBuildInputs({ shared: SHARED_DIR, root: join(__dirname, '..', '..') });
    const folds = assignCorpusFolds(inputs);
    const rebuilt = Array.from({ length: FOLDS }, (_, fold) => hashLexiconSources(buildFoldLists(inputs, folds, fold).files));
    expect({ lexicons: rebuilt, why: RETRAIN }).toEqual({ lexicons: header.lexicons.slice(1), why: RETRAIN });
  }, 300000);
});
