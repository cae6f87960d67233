import { metadataMissingRule } from './_lib/metadataMissingRule';

/** 填报单位 is missing or empty: nobody can tell whose sheet this is. */
export const metadataUnitMissing = metadataMissingRule('metadata.unitMissing', 'unit', '填报单位');
