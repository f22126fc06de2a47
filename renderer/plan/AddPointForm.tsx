import { useState, type FormEvent } from 'react';
import { pointByCode } from '../search/knowledge';
import { usePlanStore } from './plan-store';

/** Add a point by its code (search and the detail panel add points too). */
export function AddPointForm() {
  const addPoint = usePlanStore((s) => s.addPoint);
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const wanted = code.trim().toUpperCase().replace(/\s+/g, '');
    if (!wanted) return;
    if (!pointByCode(wanted)) return setError(`${wanted} is not a point code this reference knows.`);
    addPoint(wanted);
    setCode('');
    setError('');
  };
  return (
    <form className="add-point" onSubmit={submit}>
      <label className="field grow">
        <span>Add point by code</span>
        <input value={code} maxLength={10} placeholder="e.g. SP6" onChange={(e) => setCode(e.target.value)} aria-invalid={error ? true : undefined} />
      </label>
      <button type="submit" className="align-end">Add</button>
      {error && <p className="error small" role="alert">{error}</p>}
    </form>
  );
}
