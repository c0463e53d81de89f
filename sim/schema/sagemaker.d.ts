// Types of sim/schema/sagemaker.js.
export interface Shape {
  type: 'structure' | 'list' | 'map' | 'string' | 'integer' | 'long' | 'double' | 'float' | 'boolean' | 'timestamp' | 'blob';
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  required?: string[];
  members?: Record<string, string>;
  member?: string;
  key?: string;
  value?: string;
}
export const operations: Record<string, { input: string }>;
export const shapes: Record<string, Shape>;
export const operationNames: string[];
